resource "aws_elasticsearch_domain" "encounters" {
  domain_name           = "encounters"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = false
  }

  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_efs_file_system" "scanned_forms" {
  creation_token = "scanned-forms"
  encrypted      = false
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analytics_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.ehr.arn
}

resource "aws_ebs_volume" "dicom" {
  availability_zone = "us-east-1a"
  size              = 1000
  encrypted         = true
  kms_key_id        = aws_kms_key.ehr.arn
}

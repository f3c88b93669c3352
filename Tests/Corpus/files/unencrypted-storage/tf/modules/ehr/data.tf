resource "aws_db_instance" "claims" {
  identifier                  = "claims-prod"
  engine                      = "postgres"
  instance_class              = "db.r6g.large"
  allocated_storage           = 200
  username                    = "claims_admin"
  manage_master_user_password = true
  storage_encrypted           = false
}

resource "aws_ebs_volume" "pacs_scratch" {
  availability_zone = "us-east-1b"
  size              = 500
  encrypted         = false
}

resource "aws_dynamodb_table" "patient_sessions" {
  name         = "patient-sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "session_id"

  attribute {
    name = "session_id"
    type = "S"
  }

  server_side_encryption {
    enabled = false
  }
}

resource "aws_elasticache_replication_group" "chart_cache" {
  replication_group_id       = "chart-cache"
  description                = "chart cache"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
  at_rest_encryption_enabled = false
}

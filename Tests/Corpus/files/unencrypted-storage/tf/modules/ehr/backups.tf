resource "aws_kms_key" "backups" {
  description             = "EHR backup encryption"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_dynamodb_table" "audit_events" {
  name         = "audit-events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "event_id"

  attribute {
    name = "event_id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.backups.arn
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_db_instance" "ehr_replica" {
  identifier          = "ehr-replica"
  replicate_source_db = "ehr-prod-primary"
  instance_class      = "db.r6g.large"
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.backups.arn
}

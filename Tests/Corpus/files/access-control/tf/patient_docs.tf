resource "aws_s3_bucket" "patient_uploads" {
  bucket = "clinic-patient-uploads"
}

resource "aws_s3_bucket_acl" "patient_uploads" {
  bucket = aws_s3_bucket.patient_uploads.id
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "patient_uploads" {
  bucket                  = aws_s3_bucket.patient_uploads.id
  block_public_acls       = false
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "audit_exports" {
  bucket = "clinic-audit-exports"
}

resource "aws_s3_bucket_acl" "audit_exports" {
  bucket = aws_s3_bucket.audit_exports.id
  acl    = "private"
}

resource "aws_s3_bucket_policy" "patient_uploads" {
  bucket = aws_s3_bucket.patient_uploads.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AllowViewer"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.patient_uploads.arn}/*"
      },
      {
        Sid       = "DenyPlainHttp"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = "${aws_s3_bucket.patient_uploads.arn}/*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      }
    ]
  })
}

resource "aws_s3_bucket_cors_configuration" "patient_uploads" {
  bucket = aws_s3_bucket.patient_uploads.id
  cors_rule {
    allowed_methods = ["GET", "PUT", "POST"]
    allowed_origins = ["*"]
  }
}

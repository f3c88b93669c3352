data "aws_iam_policy_document" "records_queue" {
  statement {
    sid     = "AnyoneCanSend"
    effect  = "Allow"
    actions = ["sqs:SendMessage", "sqs:ReceiveMessage"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    resources = [aws_sqs_queue.lab_results.arn]
  }
}

data "aws_iam_policy_document" "records_queue_partner" {
  statement {
    effect  = "Allow"
    actions = ["sqs:SendMessage"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/lab-partner"]
    }
    resources = [aws_sqs_queue.lab_results.arn]
  }
}

resource "aws_s3_bucket_cors_configuration" "marketing_site" {
  bucket = aws_s3_bucket.marketing_site.id
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["https://www.clinic.example.org"]
  }
}

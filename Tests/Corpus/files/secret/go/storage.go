package storage

import (
	"context"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const imagingConnString = "DefaultEndpointsProtocol=https;AccountName=ehrimagingprod;AccountKey=u9+Xgu+Nn/NneEkBmyQQhy/oVlDlMhHPnXwXi2YSFXE6dWr3rnjt1Y2jg4HDOxqJVvVFV6/JY8SPk4OxG7aplQ==;EndpointSuffix=core.windows.net"

const scanUploadURL = "https://ehrimagingprod.blob.core.windows.net/scans?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-01-01T00:00:00Z&sig=JyzIfNeDaybeOvdPOMBVj9%2FqHdiVIMYvmTetfxkF4LI%3D"

func ImagingClient() (*azblob.Client, error) {
	return azblob.NewClientFromConnectionString(imagingConnString, nil)
}

func ArchiveClient() (*azblob.Client, error) {
	return azblob.NewClientFromConnectionString(os.Getenv("AZURE_STORAGE_CONNECTION_STRING"), nil)
}

func S3Client(ctx context.Context) *s3.Client {
	provider := credentials.NewStaticCredentialsProvider("ASIAQJIF26W7TSNGSMRX", "RMYjyI67dHH6DZZ8WX+rRyeL/2bHLXGWDpOo0egX", "")
	return s3.New(s3.Options{Region: "us-west-2", Credentials: aws.NewCredentialsCache(provider)})
}

func DefaultS3Client(ctx context.Context) *s3.Client {
	provider := credentials.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), "")
	return s3.New(s3.Options{Region: "us-west-2", Credentials: aws.NewCredentialsCache(provider)})
}

const blobPublicBase = "https://ehrimagingprod.blob.core.windows.net/public-assets"

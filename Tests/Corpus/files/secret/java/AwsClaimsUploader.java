package org.examplehealth.claims;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public class AwsClaimsUploader {

    static S3Client legacyClient() {
        AwsBasicCredentials creds = AwsBasicCredentials.create(
                "AKIANOYU662OGAFKK7TR",
                "ReJIWEjgsURm3u4x4uek8JkdyoJ2LVrKBFcb0CJT");
        return S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(creds))
                .build();
    }

    static S3Client client() {
        return S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(DefaultCredentialsProvider.create())
                .build();
    }

    static S3Client localstackClient() {
        AwsBasicCredentials creds = AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        return S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(creds))
                .build();
    }
}

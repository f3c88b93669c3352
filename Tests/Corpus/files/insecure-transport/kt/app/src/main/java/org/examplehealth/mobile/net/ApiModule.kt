package org.examplehealth.mobile.net

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiModule {

    private const val PORTAL_API = "https://portal-api.examplehealth.org/v2/"
    private const val TELEHEALTH_API = "http://telehealth.examplehealth.org/api/"

    private val pinner = CertificatePinner.Builder()
        .add("portal-api.examplehealth.org", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .build()

    val portalClient: OkHttpClient = OkHttpClient.Builder()
        .certificatePinner(pinner)
        .build()

    val telehealthClient: OkHttpClient = OkHttpClient.Builder()
        .hostnameVerifier { _, _ -> true }
        .build()

    val portal: Retrofit = Retrofit.Builder()
        .baseUrl(PORTAL_API)
        .client(portalClient)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()

    val telehealth: Retrofit = Retrofit.Builder()
        .baseUrl(TELEHEALTH_API)
        .client(telehealthClient)
        .build()

    val emulator: Retrofit = Retrofit.Builder()
        .baseUrl("http://10.0.2.2:8080/")
        .build()
}

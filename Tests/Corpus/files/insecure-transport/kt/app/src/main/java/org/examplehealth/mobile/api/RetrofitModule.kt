package org.examplehealth.mobile.api

import okhttp3.ConnectionSpec
import okhttp3.OkHttpClient
import okhttp3.TlsVersion
import retrofit2.Retrofit

object RetrofitModule {
    const val LEGACY_URL = "http://legacy.portal.example.org/api/"

    private val modernSpec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
        .tlsVersions(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3)
        .build()

    private val kioskSpec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
        .tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2)
        .build()

    fun retrofit(baseUrl: String): Retrofit = Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(OkHttpClient.Builder().connectionSpecs(listOf(modernSpec)).build())
        .build()

    fun kioskClient(): OkHttpClient = OkHttpClient.Builder().connectionSpecs(listOf(kioskSpec)).build()
}

package org.examplehealth.mobile

import androidx.compose.ui.tooling.preview.PreviewParameterProvider
import java.time.LocalDate

class PatientPreviewProvider : PreviewParameterProvider<PatientCard> {
    override val values = sequenceOf(
        PatientCard(
            primaryCareProvider = "Dr. Anselm Whitcombe",
            careTeam = listOf("Carys Holt, RN"),
            room = "4W-12",
            mrn = "61840275",
            fullName = "Seraphina Ndiaye-Holm",
            dateOfBirth = LocalDate.of(1988, 12, 3),
            mobile = "(651) 904-2287",
        ),
        PatientCard(
            primaryCareProvider = "Dr. Preview",
            careTeam = emptyList(),
            room = null,
            mrn = "MRN-PLACEHOLDER",
            fullName = "Preview Patient",
            dateOfBirth = null,
            mobile = "651-555-0137",
        ),
    )
}

object PreviewClinic {
    const val PHONE = "(651) 290-4400"
    const val FAX = "(651) 290-4401"
    const val ADDRESS = "1100 Cedar Bluff Pkwy, Suite 200, St Paul, MN 55101"
}

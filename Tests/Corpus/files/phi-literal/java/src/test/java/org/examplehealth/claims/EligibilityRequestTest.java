package org.examplehealth.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibilityRequestTest {

    private static final String BILLING_NPI = "1487395028";

    private Member member() {
        Member m = new Member();
        m.setFirstName("Imogen");
        m.setLastName("Castellanos-Pike");
        m.setDateOfBirth(LocalDate.of(1951, 6, 14));
        m.setMedicareBeneficiaryId("3RC9DX2TP84");
        m.setSubscriberId("XJH847263915");
        return m;
    }

    @Test
    void buildsX12Request() {
        EligibilityRequest req = EligibilityRequest.from(member(), BILLING_NPI);
        assertThat(req.serviceTypeCode()).isEqualTo("30");
    }

    @Test
    void placeholderMemberIsRejected() {
        Member m = new Member();
        m.setMrn("00000000");
        m.setSubscriberId("XXXXXXXXXXXX");
        m.setDateOfBirth(LocalDate.of(1900, 1, 1));
        assertThat(EligibilityRequest.validate(m)).isFalse();
    }
}

package org.examplehealth.pharmacy;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.logging.log4j.LogManager;

public class EligibilityChecker {
    private static final Logger JUL = Logger.getLogger(EligibilityChecker.class.getName());
    private static final org.apache.logging.log4j.Logger LOG = LogManager.getLogger(EligibilityChecker.class);

    public boolean check(Member member) {
        LOG.info("Checking eligibility for member {}", member.getMemberId());
        boolean eligible = member.getCoverage() != null && member.getCoverage().isActive();
        if (!eligible) {
            JUL.log(Level.WARNING, "Coverage inactive for " + member.getInsuranceNumber());
            member.markForReview();
        }
        if (member.isDependent()) {
            LOG.warn("Dependent coverage for member record {}", member.getId());
        }
        LOG.info("Eligibility check finished: eligible={}", eligible);
        JUL.fine("eligibility cache size " + member.getCoverageHistory().size());
        return eligible;
    }
}

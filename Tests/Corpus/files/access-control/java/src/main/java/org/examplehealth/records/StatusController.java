package org.examplehealth.records;

import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@CrossOrigin(origins = "*")
public class StatusController {

    private final BuildInfo buildInfo;

    public StatusController(BuildInfo buildInfo) {
        this.buildInfo = buildInfo;
    }

    @GetMapping("/status")
    @PermitAll
    public Map<String, String> status() {
        return Map.of("status", "UP", "version", buildInfo.version());
    }
}

ssn = "524-71-3302"  # phiguard:allow phi-literal.fixture-ssn -- synthetic SSN from phiguard synth

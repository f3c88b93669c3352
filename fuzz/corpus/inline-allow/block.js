/* phiguard:allow secret -- test key for the unit tests */
const k = 1;
<!-- phiguard:allow phi-literal -- sample record -->

package hl7

import "testing"

const adtA04 = "MSH|^~\\&|REGADT|NORTHSIDE|EHR|NORTHSIDE|202403051230||ADT^A04|MSG00412|P|2.5.1\r" +
	"EVN|A04|202403051230\r" +
	"PID|1||58203914^^^NORTHSIDE^MR||Abernathy-Quist^Lorcan^T||19640217|M|||880 Fernhill Rd^^Salem^OR^97301||(503)284-7719\r" +
	"NK1|1|Abernathy-Quist^Maeve|SPO|||(503)284-7720\r" +
	"PV1|1|O|CLINIC^^^NORTHSIDE||||1487395028^Whitcombe^Anselm^^^DR\r"

const anonymized = "PID|1||^^^NORTHSIDE^MR||REDACTED^REDACTED||19000101|U\r"

func TestParsePID(t *testing.T) {
	msg, err := Parse(adtA04)
	if err != nil {
		t.Fatal(err)
	}
	if msg.PID.MRN == "" {
		t.Error("missing MRN")
	}
}

func TestRejectsInvalidSSN(t *testing.T) {
	for _, ssn := range []string{"000-12-3456", "666-12-3456", "900-12-3456"} {
		if ValidSSN(ssn) {
			t.Errorf("accepted %s", ssn)
		}
	}
}

func TestPatientID(t *testing.T) {
	p := PatientRef{PatientID: "30419972", Facility: "NORTHSIDE"}
	if p.String() != "NORTHSIDE/30419972" {
		t.Fail()
	}
}

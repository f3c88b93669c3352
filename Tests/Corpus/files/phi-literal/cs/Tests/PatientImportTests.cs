using System;
using Xunit;
using ExampleHealth.Registration;

public class PatientImportTests
{
    private static Patient Sample() => new Patient
    {
        FirstName = "Bartholomew",
        LastName = "Achterberg",
        DateOfBirth = new DateTime(1972, 9, 30),
        Ssn = "237-58-4410",
        DriversLicenseNumber = "WDL7Q3XK9P2B",
        HomeAddress = "37 Tamarack Ct, Bend, OR 97702",
        EmergencyContactPhone = "(541) 382-6617",
    };

    [Fact]
    public void ImportsSample()
    {
        var result = new PatientImporter().Import(Sample());
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void MasksIdentifiers()
    {
        var masked = Masker.Mask(Sample());
        Assert.Equal("***-**-4410", masked.Ssn);
        Assert.Equal("[REDACTED]", masked.LastName);
        Assert.Null(masked.DriversLicenseNumber);
    }

    [Fact]
    public void RejectsSerialZeroSsn() =>
        Assert.False(SsnValidator.IsValid("237-58-0000"));
}

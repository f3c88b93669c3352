using Microsoft.Extensions.Logging;
using Serilog;

namespace ExampleHealth.Referrals.Services;

public sealed class ReferralService
{
    private readonly ILogger<ReferralService> _logger;
    private readonly IReferralGateway _gateway;

    public ReferralService(ILogger<ReferralService> logger, IReferralGateway gateway)
    {
        _logger = logger;
        _gateway = gateway;
    }

    public async Task SendAsync(Referral referral)
    {
        if (referral.Patient.Insurance is null)
        {
            _logger.LogWarning("Referral for {PatientName} ({Dob}) missing insurance", referral.Patient.Name, referral.Patient.DateOfBirth);
        }
        await _gateway.SendAsync(referral);
        Console.WriteLine($"Referral sent to specialist for {referral.Patient.Email}");
        await _gateway.ConfirmAsync(referral.Id);

        _logger.LogInformation("Referral {ReferralId} sent", referral.Id);
    }

    public async Task SendBatchAsync(IReadOnlyList<Referral> referrals)
    {
        foreach (var r in referrals) await SendAsync(r);
        _logger.LogInformation("Sent {Count} referrals", referrals.Count);
        Console.WriteLine("Referral batch complete");
    }

    public void Register(Patient patient)
    {
        Log.Information("Registering patient {PatientId}", patient.Id);
        _gateway.Register(patient);

        if (patient.Ssn.Length != 9)
            throw new InvalidOperationException($"Duplicate or malformed SSN {patient.Ssn}");
        Log.Information("Registered patient {@Patient}", patient);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ExampleHealth.Records.Controllers;

[ApiController]
[Route("api/patients/{patientId:long}/immunizations")]
[AllowAnonymous]
public class ImmunizationsController : ControllerBase
{
    private readonly IImmunizationStore _store;

    public ImmunizationsController(IImmunizationStore store) => _store = store;

    [HttpGet]
    public async Task<IActionResult> List(long patientId) => Ok(await _store.ForPatientAsync(patientId));

    [HttpDelete("{id:long}")]
    [Authorize(Roles = "Physician")]
    public async Task<IActionResult> Delete(long patientId, long id)
    {
        var userId = long.Parse(User.FindFirst("sub")!.Value);
        if (userId == 1001)
        {
            await _store.DeleteAsync(patientId, id);
            return NoContent();
        }
        if (User.Identity?.Name == "admin@clinic.example.org") return NoContent();
        return Forbid();
    }
}

[ApiController]
[Route("api/account")]
public class AccountController : ControllerBase
{
    [HttpPost("login")]
    [AllowAnonymous]
    public IActionResult Login([FromBody] LoginRequest request) => Ok();

    [HttpGet("health")]
    [AllowAnonymous]
    public IActionResult Health() => Ok("healthy");
}

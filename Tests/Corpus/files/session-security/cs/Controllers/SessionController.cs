using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ExampleHealth.Scheduling.Controllers;

[ApiController]
[Route("api/session")]
public class SessionController : ControllerBase
{
    private readonly ISessionService _sessions;

    public SessionController(ISessionService sessions) => _sessions = sessions;

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] LoginRequest request)
    {
        var session = await _sessions.StartAsync(request.Username, request.Password);
        if (session is null) return Unauthorized();

        Response.Cookies.Append("sched_session", session.Token, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Expires = session.ExpiresAt,
        });

        Response.Cookies.Append("sched_refresh", session.RefreshToken, new CookieOptions
        {
            HttpOnly = false,
            Secure = true,
            Expires = DateTimeOffset.UtcNow.AddDays(7),
        });

        Response.Cookies.Append("sched_device", session.DeviceToken);
        return Ok();
    }

    [HttpPost("embed")]
    public IActionResult Embed([FromQuery] string token)
    {
        Response.Cookies.Append("embed_session", token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.None });
        return NoContent();
    }

    [HttpDelete]
    public IActionResult Delete()
    {
        Response.Cookies.Delete("sched_session");
        return NoContent();
    }
}

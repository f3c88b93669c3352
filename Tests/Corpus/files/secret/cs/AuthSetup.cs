using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Data.SqlClient;
using Microsoft.IdentityModel.Tokens;

namespace ExampleHealth.Portal.Startup;

public static class AuthSetup
{
    private const string LegacyConnection =
        "Server=tcp:portal-sql.prod.internal,1433;Database=Portal;User Id=portal_app;Password=pw7Lk2QzR9vXm4Tb;Encrypt=True;";

    private const string ReportingConnection =
        "Server=tcp:reporting.prod.internal,1433;Database=Reporting;Integrated Security=true;Encrypt=True;";

    public static void AddPortalAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("Vdc89M+8eHqAsynN0XES4VLStSw6Hu9FOickURSJBgs="));
        var refreshKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:RefreshKey"]!));

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKeys = new[] { signingKey, refreshKey },
                    ValidIssuer = "https://portal.example-health.internal",
                };
            });
    }

    public static SqlConnection Legacy() => new SqlConnection(LegacyConnection);

    public static string SendGridApiKey { get; } = "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";

    public const int PasswordRequiredLength = 12;
}

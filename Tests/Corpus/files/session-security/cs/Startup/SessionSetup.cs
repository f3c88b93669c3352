using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace ExampleHealth.Scheduling.Startup;

public static class SessionSetup
{
    public static IServiceCollection AddSchedulingAuth(this IServiceCollection services, IConfiguration config)
    {
        services.AddSession(options =>
        {
            options.IdleTimeout = TimeSpan.FromMinutes(20);
            options.Cookie.HttpOnly = false;
            options.Cookie.IsEssential = true;
        });

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "sched.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.None;
                options.Cookie.SameSite = SameSiteMode.Strict;
            })
            .AddJwtBearer(options =>
            {
                options.Authority = config["Auth:Authority"];
                options.Audience = "scheduling-api";
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = false,
                    ClockSkew = TimeSpan.FromMinutes(1),
                    RequireExpirationTime = false,
                };
            })
            .AddJwtBearer("Legacy", options =>
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuerSigningKey = true,
                    IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(config["Legacy:SigningKey"])),
                    ValidateLifetime = true,
                    SignatureValidator = (token, parameters) => new JsonWebToken(token),
                };
            });

        return services;
    }
}

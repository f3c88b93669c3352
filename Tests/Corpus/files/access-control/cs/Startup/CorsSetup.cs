namespace ExampleHealth.Records.Startup;

public static class CorsSetup
{
    public const string PortalPolicy = "Portal";
    public const string OpenPolicy = "Open";

    public static IServiceCollection AddRecordsCors(this IServiceCollection services, IConfiguration config)
    {
        services.AddCors(options =>
        {
            options.AddPolicy(PortalPolicy, policy => policy
                .WithOrigins(config.GetSection("Cors:Origins").Get<string[]>() ?? Array.Empty<string>())
                .AllowCredentials()
                .AllowAnyHeader());

            options.AddPolicy(OpenPolicy, policy => policy
                .AllowAnyOrigin()
                .AllowAnyHeader()
                .AllowAnyMethod());

            options.AddDefaultPolicy(policy => policy
                .SetIsOriginAllowed(_ => true)
                .AllowCredentials());
        });

        services.AddAuthorization(options =>
        {
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        return services;
    }
}

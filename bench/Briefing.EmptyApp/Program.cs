// The start-up baseline: an ASP.NET application that does nothing but answer its health check.
var app = WebApplication.Create(args);
app.MapGet("/health/ready", () => "Healthy");
await app.RunAsync();

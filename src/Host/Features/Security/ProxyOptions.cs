namespace Orchestrator.Host.Features.Security;

/// <summary>
/// `Proxy:*`: the Host behind a reverse proxy that ends HTTPS. With <see cref="Enabled"/> the X-Forwarded-For and
/// X-Forwarded-Proto headers are believed (only from <see cref="KnownProxies"/> when listed), so the request counts
/// as HTTPS: cookies get `Secure`, HSTS is sent and the rate limiter sees the client's address.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies; empty trusts the headers from any sender (only when nothing else can reach the Host).</summary>
    public List<string> KnownProxies { get; set; } = [];
}

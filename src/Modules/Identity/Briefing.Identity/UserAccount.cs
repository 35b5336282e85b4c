using System.Text.Json.Serialization;
using JasperFx.Events;

namespace Briefing.Identity;

/// <summary>A user as built from their events (a Marten inline snapshot), looked up by token fingerprint.</summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string? OrgId { get; set; }
    public string TokenLookup { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public bool Bootstrap { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>How many times a password was set or changed: a console session carries the number it began with and ends when it moves on.</summary>
    public int PasswordVersion { get; set; }

    [JsonIgnore]
    public bool HasPassword => PasswordVersion > 0;

    [JsonIgnore]
    public bool IsActive => RevokedAt is null;

    public static UserAccount Create(IEvent<UserCreated> created) => new()
    {
        Id = created.Data.UserId,
        Name = created.Data.Name,
        Role = created.Data.Role,
        OrgId = created.Data.OrgId,
        TokenLookup = created.Data.TokenLookup,
        TokenHash = created.Data.TokenHash,
        Bootstrap = created.Data.Bootstrap,
        CreatedAt = created.Timestamp,
    };

    public void Apply(IEvent<UserRevoked> revoked) => RevokedAt = revoked.Timestamp;

    public void Apply(PasswordSet _) => PasswordVersion++;

    public void Apply(PasswordChanged _) => PasswordVersion++;
}

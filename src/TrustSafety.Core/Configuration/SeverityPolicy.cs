using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using TrustSafety.Markers;

namespace TrustSafety.Configuration;

/// <summary>
/// The effective severity of each declared marker, decided once from the host's options: a marker rule
/// wins, then the behaviour rules (a marker is off when all of its behaviours are off), then the
/// descriptor's defaults.
/// </summary>
internal sealed class SeverityPolicy
{
    private readonly ImmutableDictionary<string, Severity> _severities;

    public SeverityPolicy(IEnumerable<MarkerDescriptor> declared, TrustSafetyOptions options)
    {
        var descriptors = declared.ToList();
        var known = descriptors.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = options.Markers.Keys.Where(id => !known.Contains(id)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new OptionsValidationException(
                Options.DefaultName,
                typeof(TrustSafetyOptions),
                unknown.Select(id => $"{TrustSafetyOptions.SectionName}:Markers:{id}: no registered detector declares marker '{id}'; known markers: {string.Join(", ", known.Order(StringComparer.Ordinal))}."));
        }

        _severities = descriptors.ToImmutableDictionary(d => d.Id, d => Decide(d, options), StringComparer.Ordinal);
    }

    public Severity this[string id] => _severities.TryGetValue(id, out var severity) ? severity : Severity.None;

    private static Severity Decide(MarkerDescriptor descriptor, TrustSafetyOptions options)
    {
        if (options.Markers.TryGetValue(descriptor.Id, out var rule) && rule is not null)
        {
            if (rule.Enabled == false)
            {
                return Severity.None;
            }

            if (rule.Severity is not null && SeverityNames.TryParse(rule.Severity, out var configured))
            {
                return configured;
            }

            if (rule.Enabled == true)
            {
                return descriptor.DefaultSeverity;
            }
        }

        var codes = descriptor.IsCompetencyWide ? [TrustSafetyOptions.CompetencyWideKey] : descriptor.Behaviours;
        var allOff = codes.All(code => options.Behaviours.TryGetValue(code, out var b) && b?.Enabled == false);
        if (allOff)
        {
            return Severity.None;
        }

        return descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : Severity.None;
    }
}

using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TrustSafety.Configuration;

/// <summary>
/// Checks the raw <c>TrustSafety</c> configuration section before trusting the bound options: the
/// configuration binder silently drops values it cannot convert inside dictionaries (a marker's
/// <c>Enabled: "sometimes"</c>) and ignores misspelt keys, so each is reported here with its key and the
/// allowed values instead.
/// </summary>
internal sealed class ConfigurationSectionValidator(IConfiguration configuration) : IValidateOptions<TrustSafetyOptions>
{
    private static readonly string[] TopLevelKeys =
        [nameof(TrustSafetyOptions.Markers), nameof(TrustSafetyOptions.Behaviours), nameof(TrustSafetyOptions.Detectors),
         nameof(TrustSafetyOptions.DetectorTimeBudget), nameof(TrustSafetyOptions.CancellationGracePeriod), nameof(TrustSafetyOptions.MaxDegreeOfParallelism),
         nameof(TrustSafetyOptions.Assessment)];

    private static readonly string[] MarkerKeys = [nameof(MarkerRule.Severity), nameof(MarkerRule.Enabled)];
    private static readonly string[] BehaviourKeys = [nameof(BehaviourRule.Enabled)];

    public ValidateOptionsResult Validate(string? name, TrustSafetyOptions options)
    {
        var section = configuration.GetSection(TrustSafetyOptions.SectionName);
        var failures = new List<string>();
        foreach (var child in section.GetChildren())
        {
            if (!TopLevelKeys.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"{child.Path}: '{child.Key}' is not a setting; allowed keys: {string.Join(", ", TopLevelKeys)}.");
            }
        }

        CheckRules(section.GetSection(nameof(TrustSafetyOptions.Markers)), MarkerKeys, failures);
        CheckRules(section.GetSection(nameof(TrustSafetyOptions.Behaviours)), BehaviourKeys, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRules(IConfigurationSection rules, string[] allowed, List<string> failures)
    {
        foreach (var rule in rules.GetChildren())
        {
            if (rule.Value is not null)
            {
                failures.Add($"{rule.Path}: expected an object with {string.Join(" and/or ", allowed)}, found the value '{rule.Value}'.");
                continue;
            }

            foreach (var setting in rule.GetChildren())
            {
                if (!allowed.Contains(setting.Key, StringComparer.OrdinalIgnoreCase))
                {
                    failures.Add($"{setting.Path}: '{setting.Key}' is not a setting; allowed keys: {string.Join(", ", allowed)}.");
                }
                else if (string.Equals(setting.Key, nameof(MarkerRule.Enabled), StringComparison.OrdinalIgnoreCase)
                    && !bool.TryParse(setting.Value, out _))
                {
                    failures.Add($"{setting.Path}: '{setting.Value}' is not allowed; allowed values: true, false.");
                }
            }
        }
    }
}

using Microsoft.Extensions.Options;
using TrustSafety.Markers;

namespace TrustSafety.Configuration;

/// <summary>
/// Validates <see cref="TrustSafetyOptions"/>; every failure names the configuration key and the allowed
/// values, so a bad configuration fails at startup with a message a user can act on.
/// </summary>
public sealed class TrustSafetyOptionsValidator : IValidateOptions<TrustSafetyOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TrustSafetyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = GetFailures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Validates options and throws when they are not valid.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="OptionsValidationException">The options are not valid; the failures name each key.</exception>
    public static void ThrowIfInvalid(TrustSafetyOptions options)
    {
        var result = new TrustSafetyOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TrustSafetyOptions), result.Failures);
        }
    }

    private static IEnumerable<string> GetFailures(TrustSafetyOptions options)
    {
        const string root = TrustSafetyOptions.SectionName;
        foreach (var (id, rule) in options.Markers)
        {
            if (!MarkerDescriptor.IsWellFormedId(id))
            {
                yield return $"{root}:Markers:{id}: '{id}' is not a marker ID (letters followed by digits, such as TS4401).";
            }

            if (rule?.Severity is { } severity && !SeverityNames.TryParse(severity, out _))
            {
                yield return $"{root}:Markers:{id}:Severity: '{severity}' is not a severity; allowed values: {string.Join(", ", SeverityNames.All)}.";
            }
        }

        foreach (var code in options.Behaviours.Keys)
        {
            if (!Competency.Behaviours.ContainsKey(code) && !string.Equals(code, TrustSafetyOptions.CompetencyWideKey, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{root}:Behaviours:{code}: '{code}' is not a behaviour; allowed values: {string.Join(", ", Competency.Behaviours.Keys)}, {TrustSafetyOptions.CompetencyWideKey}.";
            }
        }

        if (options.DetectorTimeBudget <= TimeSpan.Zero)
        {
            yield return $"{root}:DetectorTimeBudget: '{options.DetectorTimeBudget}' must be a positive time span, such as 00:00:10.";
        }

        if (options.CancellationGracePeriod < TimeSpan.Zero)
        {
            yield return $"{root}:CancellationGracePeriod: '{options.CancellationGracePeriod}' must not be negative.";
        }

        if (options.Assessment.ClearMinTurns < 1)
        {
            yield return $"{root}:Assessment:ClearMinTurns: '{options.Assessment.ClearMinTurns}' must be 1 or more.";
        }

        if (options.Assessment.TopQuotes < 0)
        {
            yield return $"{root}:Assessment:TopQuotes: '{options.Assessment.TopQuotes}' must not be negative.";
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            yield return $"{root}:MaxDegreeOfParallelism: '{options.MaxDegreeOfParallelism}' must be 1 or more.";
        }
    }
}

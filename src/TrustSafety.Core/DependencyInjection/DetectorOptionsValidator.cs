using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace TrustSafety.DependencyInjection;

/// <summary>
/// Validates a detector's options with their DataAnnotations and names each failing key by its full
/// configuration path (<c>TrustSafety:Detectors:{name}:{property}</c>).
/// </summary>
internal sealed class DetectorOptionsValidator<TOptions>(string sectionPath) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(r =>
        {
            var member = r.MemberNames.FirstOrDefault();
            return member is null ? $"{sectionPath}: {r.ErrorMessage}" : $"{sectionPath}:{member}: {r.ErrorMessage}";
        }));
    }
}

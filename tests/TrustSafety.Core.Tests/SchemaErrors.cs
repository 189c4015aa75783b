using NJsonSchema.Validation;

namespace TrustSafety.Core.Tests;

/// <summary>Flattens NJsonSchema's nested validation errors into readable lines.</summary>
internal static class SchemaErrors
{
    public static string Describe(IEnumerable<ValidationError> errors) => string.Join("\n", Flatten(errors));

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var line in child.Errors.Values.SelectMany(Flatten))
                {
                    yield return line;
                }
            }
            else
            {
                yield return $"{error.Path}: {error.Kind} ({error.Property})";
            }
        }
    }
}

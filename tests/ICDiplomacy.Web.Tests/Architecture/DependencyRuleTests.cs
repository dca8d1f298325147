using System.Reflection;

namespace ICDiplomacy.Web.Tests.Architecture;

/// <summary>
/// The house-style dependency rules, checked over every type's fields, properties, constructors and
/// method signatures (assemblies do not enforce them: there is one web project by design).
/// </summary>
public class DependencyRuleTests
{
    private const string Root = "ICDiplomacy.Web.";
    private static readonly Assembly Web = typeof(Program).Assembly;

    public static TheoryData<string, string> ForbiddenDependencies => new()
    {
        { "Cms", "DeliveryApi" },
        { "Cms", "Search" },
        { "Cms", "Media" },
        { "Cms", "Site" },
        { "Cms", "Backoffice" },
        { "Cms", "Forum" },
        { "Cms", "RegionalBalance" },
        { "Search", "DeliveryApi" },
        { "Search", "Backoffice" },
        { "Media", "DeliveryApi" },
        { "Media", "Search" },
        { "DeliveryApi", "Site" },
        { "DeliveryApi", "Backoffice" },
        { "Site", "DeliveryApi" },
        { "Site", "Backoffice" },
        { "Backoffice", "DeliveryApi" },
        { "Backoffice", "Site" },
        { "Forum", "RegionalBalance" },
        { "Cms", "Data.Sqlite" },
        { "Cms", "Data.Postgres" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenDependencies))]
    public void Feature_does_not_reference_a_forbidden_feature(string feature, string forbidden)
    {
        var offenders = Web.GetTypes()
            .Where(t => InFeature(t, feature))
            .SelectMany(t => ReferencedTypes(t).Where(r => InFeature(r, forbidden)).Select(r => $"{t.FullName} → {r.FullName}"))
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, $"{feature} must not depend on {forbidden}:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Rules_see_the_features_that_exist()
    {
        Assert.Contains(Web.GetTypes(), t => InFeature(t, "Cms"));
        Assert.Contains(Web.GetTypes(), t => InFeature(t, "Backoffice"));
        Assert.Contains(ReferencedTypes(typeof(ICDiplomacy.Web.Cms.Documents.ContentService)), t => t == typeof(ICDiplomacy.Web.Data.CmsDbContext));
    }

    private static bool InFeature(Type type, string feature)
    {
        var ns = type.Namespace ?? "";
        return ns == Root + feature || ns.StartsWith(Root + feature + ".", StringComparison.Ordinal);
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type>();
        types.AddRange(type.GetFields(all).Select(f => f.FieldType));
        types.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        types.AddRange(type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType));
        foreach (var method in type.GetMethods(all))
        {
            types.Add(method.ReturnType);
            types.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }

        if (type.BaseType is not null)
        {
            types.Add(type.BaseType);
        }

        types.AddRange(type.GetInterfaces());
        return types.SelectMany(Expand).Distinct();
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var arg in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return arg;
            }
        }
    }
}

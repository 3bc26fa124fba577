using System.Reflection;
using Expecto;
using ExpectoRunner = Expecto.CSharp.Runner;

namespace Clerk.CSharp.Tests;

/// <summary>
/// The C# edge is plain .NET: no LanguageExt type where a C# caller sets or reads data, and no two public types that
/// share a simple name. LanguageExt's collections have an <c>Add</c> that returns a new value, so a collection
/// expression or initializer aimed at one silently builds an empty collection.
/// </summary>
public static class EdgeTests
{
    private static readonly Assembly Core = typeof(Clerk.Functional.ClerkApi).Assembly;
    private static readonly Assembly Facade = typeof(ClerkClient).Assembly;

    private const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>True when the type is, or is built from, a LanguageExt type (Seq, Set, Option, Either, Aff, ...).</summary>
    public static bool MentionsLanguageExt(Type? type) =>
        type is not null &&
        (type.Namespace?.StartsWith("LanguageExt", StringComparison.Ordinal) == true ||
         (type.HasElementType && MentionsLanguageExt(type.GetElementType())) ||
         (type.IsGenericType && type.GetGenericArguments().Any(MentionsLanguageExt)));

    private static bool IsPublicSettable(PropertyInfo p) => p.SetMethod is { IsPublic: true };

    /// <summary>An <c>init</c> accessor: it only sets a copy made by <c>with</c> or a new object, never an existing one.</summary>
    private static bool IsInitOnly(PropertyInfo p) =>
        p.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) == true;

    /// <summary>Every public property with a public <c>set</c> or <c>init</c>, and every writable public field, typed with LanguageExt.</summary>
    public static IEnumerable<string> SettableLanguageExtMembers(params Assembly[] assemblies) =>
        from assembly in assemblies
        from type in assembly.GetExportedTypes()
        from member in type.GetMembers(Members)
        let problem = member switch
        {
            PropertyInfo p when IsPublicSettable(p) && MentionsLanguageExt(p.PropertyType) => $"{type.FullName}.{p.Name} : {p.PropertyType.Name}",
            FieldInfo f when !f.IsInitOnly && !f.IsLiteral && MentionsLanguageExt(f.FieldType) => $"{type.FullName}.{f.Name} : {f.FieldType.Name}",
            _ => null,
        }
        where problem is not null
        select problem;

    /// <summary>Every public facade method, constructor or property whose signature mentions a LanguageExt type.
    /// <see cref="ClerkClient.Core"/> is the documented door to the functional layer and is left out.</summary>
    public static IEnumerable<string> FacadeSignatureProblems() =>
        from type in Facade.GetExportedTypes()
        from member in type.GetMembers(Members)
        where !(type == typeof(ClerkClient) && member.Name == nameof(ClerkClient.Core))
        let types = member switch
        {
            MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
            ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
            PropertyInfo p => new[] { p.PropertyType },
            FieldInfo f => new[] { f.FieldType },
            _ => Array.Empty<Type>(),
        }
        where types.Any(MentionsLanguageExt)
        select $"{type.FullName}.{member.Name}";

    /// <summary>Every public property or field reachable from what the facade returns or throws, or takes as a parameter
    /// (resources, pages, options, errors, exceptions, and the subclasses of each), whose type mentions LanguageExt.</summary>
    public static IEnumerable<string> FacadeDataProblems()
    {
        var seen = new HashSet<Type>();
        var problems = new List<string>();
        void Walk(Type? type, string path)
        {
            if (type is null) return;
            if (type.HasElementType) { Walk(type.GetElementType(), path); return; }
            if (type.IsGenericType)
                foreach (var argument in type.GetGenericArguments()) Walk(argument, path);
            if (MentionsLanguageExt(type)) { problems.Add($"{path} : {type.Name}"); return; }
            if ((type.Assembly != Core && type.Assembly != Facade) || !seen.Add(type)) return;
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                Walk(p.PropertyType, $"{path}.{p.Name}");
            foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                Walk(f.FieldType, $"{path}.{f.Name}");
            foreach (var sub in type.Assembly.GetExportedTypes().Where(t => t.BaseType == type || (type.IsGenericTypeDefinition && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == type)))
                Walk(sub, $"{path}:{sub.Name}");
        }
        foreach (var type in Facade.GetExportedTypes())
        {
            if (typeof(Exception).IsAssignableFrom(type)) Walk(type, type.Name);
            foreach (var m in type.GetMethods(Members))
            {
                Walk(m.ReturnType, $"{type.Name}.{m.Name}()");
                foreach (var p in m.GetParameters()) Walk(p.ParameterType, $"{type.Name}.{m.Name}({p.Name})");
            }
            foreach (var p in type.GetProperties(Members).Where(p => !(type == typeof(ClerkClient) && p.Name == nameof(ClerkClient.Core))))
                Walk(p.PropertyType, $"{type.Name}.{p.Name}");
        }
        return problems.Distinct();
    }

    /// <summary>Public top-level types of the two libraries that share a simple name.</summary>
    public static IEnumerable<string> SharedSimpleNames() =>
        new[] { Core, Facade }.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsNested)
            .GroupBy(t => t.Name) // the arity is part of the name: ValueList and ValueList`1 live side by side, as in the BCL
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(t => t.FullName)));

    /// <summary>The public namespaces of both libraries.</summary>
    public static SortedSet<string> PublicNamespaces() =>
        new(new[] { Core, Facade }.SelectMany(a => a.GetExportedTypes()).Select(t => t.Namespace!), StringComparer.Ordinal);

    private static void ExpectNone(IEnumerable<string> problems, string what)
    {
        var list = problems.ToList();
        Expect.isEmpty(list, $"{what}:\n  " + string.Join("\n  ", list));
    }

    /// <summary>The names of members that hold a credential: they must never show in a <c>ToString()</c>.</summary>
    public static readonly string[] CredentialNames =
    [
        "Secret", "SecretKey", "MachineSecretKey", "ClientSecret", "TotpSecret", "TokenSecret", "Password", "PasswordDigest",
        "SigningKey", "Token", "ExpiredToken", "RefreshToken", "IdToken", "Jwt",
    ];

    /// <summary>Every credential member of a public core type that can be built without arguments, set to a marker: the
    /// members whose marker shows in the object's <c>ToString()</c>, and how many members were checked.</summary>
    public static (IReadOnlyList<string> Printed, IReadOnlyList<string> Checked) CredentialsInToString()
    {
        const string marker = "credential-marker-7f3a";
        var printed = new List<string>();
        var checkedMembers = new List<string>();
        foreach (var type in Core.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            var constructor = type.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);
            if (constructor is null) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => CredentialNames.Contains(p.Name) && p.SetMethod is not null))
            {
                object? value = property.PropertyType == typeof(string) ? (object)marker
                    : property.PropertyType == typeof(Clerk.Functional.Json.Optional<string?>) ? new Clerk.Functional.Json.Optional<string?>(marker)
                    : null;
                if (value is null) continue;
                var instance = constructor.Invoke(null);
                property.SetValue(instance, value);
                checkedMembers.Add($"{type.FullName}.{property.Name}");
                if (instance.ToString()!.Contains(marker, StringComparison.Ordinal)) printed.Add($"{type.FullName}.{property.Name}");
            }
        }
        return (printed, checkedMembers);
    }

    public static readonly Test All = ExpectoRunner.TestList("edge", new[]
    {
        ExpectoRunner.TestCase("the suite runs on the .NET runtime of the target it was built for", () =>
        {
            var target = typeof(EdgeTests).Assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName;
            var major = new Version(target[(target.IndexOf("Version=v", StringComparison.Ordinal) + "Version=v".Length)..]).Major;
            Expect.equal(Environment.Version.Major, major, $"{target} on .NET {Environment.Version}");
        }),
        ExpectoRunner.TestCase("the reflection checks see LanguageExt types where they are", () =>
        {
            Expect.isTrue(MentionsLanguageExt(typeof(LanguageExt.Seq<string>)), "Seq");
            Expect.isTrue(MentionsLanguageExt(typeof(Task<LanguageExt.Option<int>>)), "nested in a generic");
            Expect.isTrue(MentionsLanguageExt(typeof(LanguageExt.Set<int>[])), "an array of them");
            Expect.isFalse(MentionsLanguageExt(typeof(IReadOnlyList<string>)), "a BCL list");
            Expect.sequenceEqual(SettableLanguageExtMembers(typeof(EdgeTests).Assembly).Order(),
                new[] { $"{typeof(BadOptions).FullName}.Checks : Seq`1", $"{typeof(BadOptions).FullName}.Statuses : Set`1" }, "a deliberately bad type is caught");
        }),
        ExpectoRunner.TestCase("no public settable or init member of either library is typed with LanguageExt", () =>
            ExpectNone(SettableLanguageExtMembers(Core, Facade), "settable members typed with LanguageExt")),
        ExpectoRunner.TestCase("no facade signature mentions a LanguageExt type", () =>
            ExpectNone(FacadeSignatureProblems(), "facade members with LanguageExt in their signature")),
        ExpectoRunner.TestCase("nothing the facade takes, returns or throws holds a LanguageExt type", () =>
            ExpectNone(FacadeDataProblems(), "data reachable from the facade typed with LanguageExt")),
        ExpectoRunner.TestCase("callers cannot mutate a resource: no public setter or writable field; resources have no init accessor either", () =>
        {
            var inputs = new[] { typeof(Clerk.Functional.Webhooks.WebhookHeaders), typeof(Clerk.Functional.Webhooks.WebhookVerificationOptions) };
            var decoded = Core.GetExportedTypes()
                .Where(t => t.Namespace is "Clerk.Functional.Resources" or "Clerk.Functional.Webhooks" && t.IsClass && !inputs.Contains(t))
                .ToList();
            Expect.isGreaterThan(decoded.Count, 30, "the resource types are found");
            ExpectNone(
                from t in decoded
                from m in t.GetMembers(BindingFlags.Public | BindingFlags.Instance)
                where m is PropertyInfo { SetMethod.IsPublic: true } p && (!IsInitOnly(p) || t.Namespace == "Clerk.Functional.Resources")
                      || m is FieldInfo { IsInitOnly: false, IsLiteral: false }
                select $"{t.FullName}.{m.Name}",
                "publicly writable resource members");
        }),
        ExpectoRunner.TestCase("no credential (secret, password, token, signing key) shows in the ToString() of a core type", () =>
        {
            var (printed, checkedMembers) = CredentialsInToString();
            Expect.contains(checkedMembers, "Clerk.Functional.Resources.OAuthApplication.ClientSecret", "resources are checked");
            Expect.contains(checkedMembers, "Clerk.Functional.Api.OAuthApplications.RevokeOAuthApplicationTokenParams.Token", "params are checked");
            Expect.isGreaterThan(checkedMembers.Count, 20, "the credential members are found");
            ExpectNone(printed, "credentials printed by ToString()");
        }),
        ExpectoRunner.TestCase("every exception the facade defines derives from ClerkException", () =>
        {
            var exceptions = Facade.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();
            Expect.isGreaterThan(exceptions.Count, 8, "the facade's exceptions are found");
            ExpectNone(exceptions.Where(t => !typeof(ClerkException).IsAssignableFrom(t)).Select(t => t.FullName!), "exceptions outside ClerkException");
        }),
        ExpectoRunner.TestCase("no two public types share a simple name across Clerk.Functional and Clerk.CSharp", () =>
            ExpectNone(SharedSimpleNames(), "types sharing a simple name")),
        ExpectoRunner.TestCase("AllNamespaces.cs imports every public namespace of both libraries", () =>
        {
            var imported = new SortedSet<string>(AllNamespaces.Imported, StringComparer.Ordinal);
            Expect.sequenceEqual(imported, PublicNamespaces(), "the namespaces AllNamespaces.cs opens");
            Expect.isNotNull(AllNamespaces.UseTypesOfEveryLayer(), "compiled without aliases");
        }),
    });
}

/// <summary>The shape the edge tests forbid, to prove they notice it: <c>new BadOptions { Checks = ["a"] }</c> compiles
/// and leaves <see cref="Checks"/> empty.</summary>
public sealed class BadOptions
{
    public LanguageExt.Seq<string> Checks { get; init; }

    public LanguageExt.Set<int> Statuses { get; set; }

    public IReadOnlyList<string> Fine { get; init; } = [];
}

using System.Reflection;
using Expecto;
using ExpectoRunner = Expecto.CSharp.Runner;

namespace Clerk.CSharp.Tests;

/// <summary>The facade mirrors the core exactly: every sub-API of the core client, every method of each sub-API.</summary>
public static class ParityTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>The core client's sub-API properties: those whose type lives in <c>Clerk.Functional.Api.*</c>.</summary>
    private static PropertyInfo[] CoreSubApis() =>
        typeof(Clerk.Functional.ClerkApi).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.Namespace is { } ns && ns.StartsWith("Clerk.Functional.Api.", StringComparison.Ordinal))
            .ToArray();

    private static MethodInfo[] PublicMethods(Type type) =>
        type.GetMethods(Declared).Where(m => !m.IsSpecialName).ToArray();

    private static string Describe(ParameterInfo p) =>
        $"{p.ParameterType} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}";

    /// <summary>The T of <c>Aff&lt;Either&lt;ClerkError, T&gt;&gt;</c>.</summary>
    private static Type? EffectResult(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(LanguageExt.Aff<>) &&
        t.GetGenericArguments()[0] is { IsGenericType: true } either &&
        either.GetGenericTypeDefinition() == typeof(LanguageExt.Either<,>) &&
        either.GetGenericArguments()[0] == typeof(Clerk.Functional.Errors.ClerkError)
            ? either.GetGenericArguments()[1]
            : null;

    /// <summary>The T of <c>Pager&lt;T&gt;</c>.</summary>
    private static Type? PagerItem(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Clerk.Functional.Pagination.Pager<>) ? t.GetGenericArguments()[0] : null;

    /// <summary>Every difference between a core sub-API and its facade.</summary>
    public static IEnumerable<string> MethodProblems(Type core, Type facade)
    {
        var coreMethods = PublicMethods(core);
        var facadeMethods = PublicMethods(facade);
        if (coreMethods.Length == 0) yield return $"{core.Name} has no public methods";
        foreach (var c in coreMethods)
        {
            var twins = facadeMethods.Where(f => f.Name == c.Name + "Async").ToArray();
            if (twins.Length != 1)
            {
                yield return $"{facade.Name}.{c.Name}Async: expected exactly one, found {twins.Length}";
                continue;
            }
            var f = twins[0];
            var item = PagerItem(c.ReturnType);
            var cs = c.GetParameters().Select(Describe).ToArray();
            // A pager is enumerated later, so its method takes no token; the facade stream takes one, last.
            if (item is not null) cs = cs.Append($"{typeof(CancellationToken)} cancellationToken = null").ToArray();
            var fs = f.GetParameters().Select(Describe).ToArray();
            if (!cs.SequenceEqual(fs))
                yield return $"{facade.Name}.{f.Name}({string.Join(", ", fs)}) differs from {core.Name}.{c.Name}({string.Join(", ", cs)})";
            if (item is not null)
            {
                if (f.ReturnType != typeof(IAsyncEnumerable<>).MakeGenericType(item))
                    yield return $"{facade.Name}.{f.Name} returns {f.ReturnType}, expected IAsyncEnumerable<{item}>";
                continue;
            }
            if (c.GetParameters().LastOrDefault()?.ParameterType != typeof(CancellationToken))
                yield return $"{core.Name}.{c.Name}: CancellationToken is not last";
            var result = EffectResult(c.ReturnType);
            if (result is null)
                yield return $"{core.Name}.{c.Name} does not return Aff<Either<ClerkError, T>> ({c.ReturnType})";
            // A core method with no result (Unit) is a plain Task in the facade: no LanguageExt type on the C# edge.
            else if (f.ReturnType != (result == typeof(LanguageExt.Unit) ? typeof(Task) : typeof(Task<>).MakeGenericType(result)))
                yield return $"{facade.Name}.{f.Name} returns {f.ReturnType}, expected Task<{result}>";
        }
        foreach (var f in facadeMethods)
        {
            if (!f.Name.EndsWith("Async", StringComparison.Ordinal) || coreMethods.All(c => c.Name + "Async" != f.Name))
                yield return $"{facade.Name}.{f.Name} has no core counterpart";
        }
    }

    /// <summary>Every difference between the core client and the facade client, sub-APIs included.</summary>
    public static IEnumerable<string> ClientProblems()
    {
        foreach (var sub in CoreSubApis())
        {
            var twin = typeof(ClerkClient).GetProperty(sub.Name, BindingFlags.Public | BindingFlags.Instance);
            if (twin is null)
            {
                yield return $"Clerk.CSharp.ClerkClient.{sub.Name} is missing";
                continue;
            }
            if (twin.PropertyType.Namespace != "Clerk.CSharp")
                yield return $"Clerk.CSharp.ClerkClient.{sub.Name} is a {twin.PropertyType}, not a facade type";
            foreach (var problem in MethodProblems(sub.PropertyType, twin.PropertyType))
                yield return problem;
        }
    }

    public static readonly Test All = ExpectoRunner.TestList("parity", new[]
    {
        ExpectoRunner.TestCase("the core client has sub-APIs to compare (Users among them)", () =>
            Expect.isTrue(CoreSubApis().Any(p => p.Name == "Users"), "no sub-API found in Clerk.Functional.Api.*")),
        ExpectoRunner.TestCase("every core sub-API has a facade property whose methods are the core's, each once as ...Async", () =>
        {
            var problems = ClientProblems().ToArray();
            Expect.isTrue(problems.Length == 0, "facade differs from core:\n" + string.Join("\n", problems));
        }),
    });
}

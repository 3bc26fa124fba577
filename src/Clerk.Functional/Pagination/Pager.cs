using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Clerk.Functional.Errors;
using static LanguageExt.Prelude;

namespace Clerk.Functional.Pagination;

/// <summary>One page fetched by a <see cref="Pager{T}"/>: its items and, when the endpoint reports it, the total.</summary>
/// <param name="Items">The items of the page.</param>
/// <param name="TotalCount">The total across all pages, when known.</param>
/// <typeparam name="T">The item type.</typeparam>
public sealed record PageOf<T>(IReadOnlyList<T> Items, long? TotalCount);

/// <summary>
/// Streams every item of an offset-paginated list, page by page, lazily: a page is requested only when the previous one
/// has been consumed, with the largest page size Clerk allows unless another is set. Stops after a short or empty page,
/// or when the reported total is reached. A <see cref="ClerkError"/> ends the stream as its last element.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Pager<T>
{
    /// <summary>Clerk's largest page size (<c>limit</c> accepts 1 to 500).</summary>
    public const int MaxPageSize = 500;

    private readonly Func<int, int, CancellationToken, Aff<Either<ClerkError, PageOf<T>>>> _fetch;
    private readonly Func<CancellationToken, Aff<Either<ClerkError, long>>>? _total;

    /// <summary>Creates a pager.</summary>
    /// <param name="fetch">Fetches the page at an offset with a limit.</param>
    /// <param name="pageSize">Items per page, 1 to 500.</param>
    /// <param name="startOffset">The offset of the first item.</param>
    /// <param name="total">Fetches the total number of items, when the API offers it separately.</param>
    public Pager(
        Func<int, int, CancellationToken, Aff<Either<ClerkError, PageOf<T>>>> fetch,
        int? pageSize = null,
        int? startOffset = null,
        Func<CancellationToken, Aff<Either<ClerkError, long>>>? total = null)
    {
        _fetch = fetch;
        _total = total;
        PageSize = Math.Clamp(pageSize is > 0 ? pageSize.Value : MaxPageSize, 1, MaxPageSize);
        StartOffset = Math.Max(0, startOffset ?? 0);
    }

    /// <summary>Items per page.</summary>
    public int PageSize { get; }

    /// <summary>The offset of the first item.</summary>
    public int StartOffset { get; }

    /// <summary>The pages, in order. A failed request yields one <c>Left</c> and ends the stream.</summary>
    /// <param name="cancellationToken">Stops the stream between pages and cancels a request in flight.</param>
    public async IAsyncEnumerable<Either<ClerkError, IReadOnlyList<T>>> Pages([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var offset = StartOffset;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = (await _fetch(offset, PageSize, cancellationToken).Run().ConfigureAwait(false)).ThrowIfFail();
            if (result.Case is ClerkError error)
            {
                yield return Left<ClerkError, IReadOnlyList<T>>(error);
                yield break;
            }
            var page = (PageOf<T>)result.Case!;
            if (page.Items.Count > 0) yield return Right<ClerkError, IReadOnlyList<T>>(page.Items);
            offset += page.Items.Count;
            if (IsLast(page, offset)) yield break;
        }
    }

    /// <summary>The items, in order. A failed request yields one <c>Left</c> and ends the stream.</summary>
    /// <param name="cancellationToken">Stops the stream between pages and cancels a request in flight.</param>
    public async IAsyncEnumerable<Either<ClerkError, T>> Items([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in Pages(cancellationToken).ConfigureAwait(false))
        {
            if (page.Case is ClerkError error)
            {
                yield return Left<ClerkError, T>(error);
                yield break;
            }
            foreach (var item in (IReadOnlyList<T>)page.Case!) yield return Right<ClerkError, T>(item);
        }
    }

    /// <summary>Every item, collected into one sequence (or the first error).</summary>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public Aff<Either<ClerkError, IReadOnlyList<T>>> All(CancellationToken cancellationToken = default) =>
        Aff(async () =>
        {
            var items = new List<T>();
            await foreach (var page in Pages(cancellationToken).ConfigureAwait(false))
            {
                if (page.Case is ClerkError error) return Left<ClerkError, IReadOnlyList<T>>(error);
                items.AddRange((IReadOnlyList<T>)page.Case!);
            }
            return Right<ClerkError, IReadOnlyList<T>>(items.AsReadOnly());
        });

    /// <summary>The total number of items, fetched only when asked: from the API's count endpoint when it has one,
    /// else from the first page's reported total.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Aff<Either<ClerkError, long>> TotalCount(CancellationToken cancellationToken = default) =>
        _total is not null
            ? _total(cancellationToken)
            : _fetch(0, 1, cancellationToken).Map(result => result.Bind(page => page.TotalCount is { } total
                ? Right<ClerkError, long>(total)
                : Left<ClerkError, long>(new ClerkError.Undecodable(200, "the list did not report a total count"))));

    // With a reported total, only the total (or an empty page) ends the stream, so a server that caps the page size
    // below the requested one cannot cut it short; without a total, a short page is the last one.
    private bool IsLast(PageOf<T> page, int nextOffset) =>
        page.Items.Count == 0 || (page.TotalCount is { } total ? nextOffset >= total : page.Items.Count < PageSize);
}

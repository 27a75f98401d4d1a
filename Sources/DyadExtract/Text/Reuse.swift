/// Takes the array out of `spare`, emptied but keeping its storage, and leaves `spare` empty.
///
/// The per-sentence arrays are handed from one sentence to the next this way: moved out, the taken array is the
/// only reference to its storage, so emptying and refilling it allocates nothing.
@inline(__always) func reclaim<T>(_ spare: inout [T]) -> [T] {
    var taken: [T] = []
    swap(&taken, &spare)
    taken.removeAll(keepingCapacity: true)
    return taken
}

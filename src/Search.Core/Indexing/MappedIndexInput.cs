using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// One index file mapped into memory and read through a pointer. Clones (Lucene makes one per enumerator) share the
/// mapping and keep their own position; closing the input Lucene opened unmaps the file, after which every clone
/// throws <see cref="ObjectDisposedException"/> instead of reading — as Lucene's own inputs do. Like Lucene's
/// memory-mapped inputs, it relies on readers not being closed while a search is still using them, which the
/// <see cref="Lucene.Net.Search.SearcherManager"/> behind every search guarantees.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private readonly bool _isClone;
    private long _position;

    private MappedIndexInput(string description, MappedFile file, byte* start, long length, bool isClone) : base(description)
    {
        _file = file;
        _start = start;
        _length = length;
        _isClone = isClone;
    }

    public static MappedIndexInput Open(string path)
    {
        var file = new MappedFile(path);
        return new MappedIndexInput($"MappedIndexInput(path=\"{path}\")", file, file.Start, file.Length, isClone: false);
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        _file.EnsureOpen();
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"seek to {pos} outside {this} (length {_length})");
        }
        _position = pos;
    }

    public override byte ReadByte()
    {
        _file.EnsureOpen();
        if (_position >= _length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        _file.EnsureOpen();
        if (len > _length - _position)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }
        new ReadOnlySpan<byte>(_start + _position, len).CopyTo(b.AsSpan(offset, len));
        _position += len;
    }

    // Lucene's big-endian fixed-width reads, straight from memory rather than byte by byte.
    public override short ReadInt16() => _length - _position >= 2 ? BinaryPrimitives.ReadInt16BigEndian(Take(2)) : base.ReadInt16();

    public override int ReadInt32() => _length - _position >= 4 ? BinaryPrimitives.ReadInt32BigEndian(Take(4)) : base.ReadInt32();

    public override long ReadInt64() => _length - _position >= 8 ? BinaryPrimitives.ReadInt64BigEndian(Take(8)) : base.ReadInt64();

    public override object Clone()
    {
        _file.EnsureOpen();
        return new MappedIndexInput(ToString(), _file, _start, _length, isClone: true) { _position = _position };
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_isClone)
        {
            _file.Dispose();
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        _file.EnsureOpen();
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    /// <summary>The mapping shared by an input and its clones.</summary>
    private sealed class MappedFile : IDisposable
    {
        private readonly MemoryMappedFile? _map;
        private readonly MemoryMappedViewAccessor? _view;
        private volatile bool _disposed;

        public MappedFile(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Length = stream.Length;
            if (Length == 0)
            {
                return; // an empty file cannot be mapped; reads fail on length
            }
            _map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            _view = _map.CreateViewAccessor(0, Length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            Start = pointer + _view.PointerOffset;
        }

        public long Length { get; }

        public byte* Start { get; }

        public void EnsureOpen() => ObjectDisposedException.ThrowIf(_disposed, this);

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_view is not null)
            {
                _view.SafeMemoryMappedViewHandle.ReleasePointer();
                _view.Dispose();
            }
            _map?.Dispose();
        }
    }
}

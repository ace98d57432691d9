using System.Collections.ObjectModel;
using System.Text.Json.Nodes;

namespace Notebooks.Documents;

/// <summary>The notebook's cells; adding, removing or replacing a cell edits the <c>cells</c> array with it.</summary>
public sealed class NotebookCellCollection : Collection<NotebookCell>
{
    private readonly Notebook _owner;
    private readonly JsonArray _array;

    internal NotebookCellCollection(Notebook owner, JsonArray array, IEnumerable<NotebookCell> cells)
    {
        _owner = owner;
        _array = array;
        foreach (var cell in cells)
        {
            cell.Notebook = owner;
            Items.Add(cell);
        }
    }

    /// <summary>The code cells in order.</summary>
    public IEnumerable<CodeCell> Code => this.OfType<CodeCell>();

    /// <inheritdoc />
    protected override void InsertItem(int index, NotebookCell item)
    {
        Adopt(item);
        _array.Insert(index, item.Json);
        base.InsertItem(index, item);
    }

    /// <inheritdoc />
    protected override void SetItem(int index, NotebookCell item)
    {
        if (ReferenceEquals(this[index], item))
        {
            return;
        }

        Adopt(item);
        Release(this[index]);
        _array.RemoveAt(index);
        _array.Insert(index, item.Json);
        base.SetItem(index, item);
    }

    /// <inheritdoc />
    protected override void RemoveItem(int index)
    {
        Release(this[index]);
        _array.RemoveAt(index);
        base.RemoveItem(index);
    }

    /// <inheritdoc />
    protected override void ClearItems()
    {
        foreach (var cell in this)
        {
            cell.Notebook = null;
        }

        _array.Clear();
        base.ClearItems();
    }

    private void Adopt(NotebookCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Notebook is not null)
        {
            throw new InvalidOperationException("the cell already belongs to a notebook; remove it there first");
        }

        // Cell ids exist from nbformat 4.5: older notebooks must not get one, newer ones need one (VS Code's rule).
        if (_owner.FormatMinor < 5)
        {
            cell.Id = null;
        }
        else if (cell.Id is null || this.Any(c => c.Id == cell.Id))
        {
            cell.Id = NotebookCell.NewId();
        }

        cell.Notebook = _owner;
    }

    private static void Release(NotebookCell cell) => cell.Notebook = null;
}

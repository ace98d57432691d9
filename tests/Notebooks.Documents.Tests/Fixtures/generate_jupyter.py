"""Writes the Jupyter-made fixtures with the real nbformat writer.

Run with Debian's python3-nbformat (apt-get install -y python3-nbformat):

    /usr/bin/python3 generate_jupyter.py

nbformat.write is what JupyterLab, Notebook and nbconvert call to save, so these files are byte-for-byte what
Jupyter writes (json.dumps with indent=1, sort_keys=True, ensure_ascii=False, lines split, final newline).
"""
import os

import nbformat
from nbformat.v4 import (new_code_cell, new_markdown_cell, new_notebook, new_output, new_raw_cell)

HERE = os.path.dirname(os.path.abspath(__file__))

CSHARP_METADATA = {
    "kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
    "language_info": {
        "file_extension": ".cs",
        "mimetype": "text/x-csharp",
        "name": "C#",
        "pygments_lexer": "csharp",
        "version": "13.0",
    },
    "polyglot_notebook": {
        "kernelInfo": {
            "defaultKernelName": "csharp",
            "items": [{"aliases": [], "languageName": "C#", "name": "csharp"}],
        }
    },
}


def fixed_ids(nb):
    # new_*_cell makes random ids; fixed ones keep the fixtures reproducible.
    for i, cell in enumerate(nb.cells):
        cell["id"] = "%08x" % (0x1a2b3c00 + i)
    return nb


def unexecuted():
    nb = new_notebook(metadata=CSHARP_METADATA)
    nb.cells = [
        new_markdown_cell("# Approximation\n\nFor σ ≤ 1 the error is ≤ ε 🎯.\n"),
        new_code_cell("using DeepMath.Approximation;\nvar f = Approximation.Sawtooth(3);\nf(0.25)",
                      metadata={"polyglot_notebook": {"kernelName": "csharp"}, "tags": ["exercise"]}),
        new_code_cell("#!fsharp\nlet x = 1", metadata={"polyglot_notebook": {"kernelName": "csharp"}}),
        new_code_cell("", metadata={}),
        new_raw_cell("raw text\twith a tab and a quote \" and a backslash \\"),
    ]
    return fixed_ids(nb)


PLOTLY = {
    "data": [{"type": "scatter", "x": [0, 0.5, 1], "y": [1e-05, 0.25, 1.5], "name": "σ(x) ≤ 1"}],
    "layout": {"title": {"text": "loss"}, "width": 600},
}


def executed():
    nb = new_notebook(metadata=CSHARP_METADATA)
    nb.cells = [
        new_markdown_cell("Outputs of every kind."),
        new_code_cell("Console.WriteLine(\"epoch 1\"); Console.Error.WriteLine(\"warn\");", execution_count=1, outputs=[
            new_output("stream", name="stdout", text="epoch 1: loss 0.25\nepoch 2: loss 0.125\n"),
            new_output("stream", name="stderr", text="warning: slow\n"),
        ]),
        new_code_cell("chart", execution_count=2, outputs=[
            new_output("display_data", data={
                "text/html": "<div id=\"a\">\r\n<b>σ</b>\r\n</div>",
                "application/vnd.plotly.v1+json": PLOTLY,
            }, metadata={}),
        ]),
        new_code_cell("1 + 1", execution_count=3, outputs=[
            new_output("execute_result", data={"text/plain": "2"}, execution_count=3),
        ]),
        new_code_cell("throw new Exception(\"oops!\");", execution_count=4, outputs=[
            new_output("error", ename="Error", evalue="oops!", traceback=[
                "System.Exception: oops!",
                "\u001b[0;31m   at Submission#3.<<Initialize>>d__0.MoveNext()\u001b[0m",
            ]),
        ], metadata={"tags": ["raises-exception"]}),
    ]
    return fixed_ids(nb)


def minor4():
    nb = unexecuted()
    nb.nbformat_minor = 4
    for cell in nb.cells:
        del cell["id"]
    return nb


for name, nb in [("jupyter-unexecuted.ipynb", unexecuted()),
                 ("jupyter-executed.ipynb", executed()),
                 ("jupyter-nbformat-4.4.ipynb", minor4())]:
    nbformat.validate(nb)
    nbformat.write(nb, os.path.join(HERE, name))
    print("wrote", name)

"""Debian's jupyter_kernel_test suite, configured for the kit's C# kernel.

Run by ConformanceTests.cs inside the test run (JUPYTER_PATH points at a kernelspec installed for the test);
by hand: JUPYTER_PATH=<prefix>/share/jupyter /usr/bin/python3 -m unittest -v test_csharp_kernel
"""
import os
import unittest

import jupyter_kernel_test


class CSharpKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("KIT_KERNEL_NAME", ".net-csharp")
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("oops");'
    code_generate_error = 'throw new InvalidOperationException("boom");'

    completion_samples = [
        {"text": "Console.Wri", "matches": {"Write", "WriteLine"}},
        {"text": "Math.Sq", "matches": {"Sqrt"}},
        {"text": "var numbers = new List<int>(); numbers.Ad", "matches": {"Add", "AddRange"}},
    ]

    complete_code_samples = ["var x = 1;", "1 + 2", "Console.WriteLine(\"a\");", "int Twice(int n) => 2 * n;"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "var s = \"unterminated", "int F(int n) {"]
    invalid_code_samples = ["int x = ;", "Console.WriteLine(1));"]

    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": "\"hello\"", "result": "hello"},
        {"code": "Math.Sqrt(16)", "result": "4"},
    ]
    code_display_data = [
        {"code": "display(HTML(\"<b>bold</b>\"));", "mime": "text/html"},
        {"code": "\"plain\".Display();", "mime": "text/plain"},
    ]

    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "Math.Sqrt*"

    code_inspect_sample = "Console.WriteLine"


if __name__ == "__main__":
    unittest.main()

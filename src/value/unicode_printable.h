// Python's str.isprintable() for one code point, as CPython 3.11 (Unicode 14.0) answers it.
// str's repr writes printable code points as they are and escapes all the others.
#pragma once

namespace autograde {

// False for the categories Python treats as non-printable: controls (Cc), formats (Cf),
// surrogates (Cs), private use (Co), unassigned (Cn) and separators (Zl, Zp, Zs) other
// than the ASCII space. Code points above U+10FFFF are not printable.
bool is_printable_code_point(char32_t code_point);

}  // namespace autograde

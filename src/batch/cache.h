// The content cache of batch runs: one finished GradeResult per file, found again by a
// key computed from everything that decides the result, so that a rerun (after an
// interruption, or with candidates added) grades only what is new.
//
// The key is the SHA-256 of, each length-prefixed so that no two inputs run together:
//   - the cache's own format version and the autograde version (a release may grade
//     differently), and the SHA-256 of the harness script actually used (it may change
//     between builds of one version while developing);
//   - the exercise's id and its exercise.yaml bytes (tests, limits, expected values);
//   - the submission's bytes, and its display path: reports quote it (a syntax error
//     reads "alice.py:3:5: ..."), so the same bytes under another name are another result;
//   - the sandbox: its tier, layers and missing layers (describe_layers of the tier that
//     --sandbox chose), since a stronger sandbox may turn a pass into a kill (or lift a
//     limit), and the Python interpreter's resolved path.
// Not in it: the candidate's name (it is not part of the report), timings, the machine.
// A change of the Python installation under the same path is not seen: clear the cache
// (it is only a cache; deleting the folder is always safe).
//
// Layout: DIR/ab/cdef...json (the key's first two hex digits name a sub-folder), each
// file the "json" report of the result, written with write_file_atomically: a run killed
// at any moment leaves every finished result whole and no partial file under a final name.
// Reading never trusts a file: one that does not parse, is not a report, or does not
// match the key's submission and exercise is a miss (and is overwritten when regraded).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "grading/result.h"
#include "sandbox/layers.h"

namespace autograde {

// What the key is computed from (see above); the caller fills every field.
struct CacheKeyInputs {
    std::string exercise_id;
    std::string exercise_yaml;     // the bytes of exercise.yaml
    std::string submission_path;   // display path, as reports show it
    std::string submission_bytes;
    SandboxSummary sandbox;        // describe_layers for the options used to grade
    std::string python;            // the interpreter, its path resolved
    std::string harness_sha256;    // of harness_source()
};

// 64 lower-case hex digits.
std::string cache_key(const CacheKeyInputs& inputs);

// $XDG_CACHE_HOME/autograde when that is set and absolute, else $HOME/.cache/autograde;
// empty when neither is known.
std::filesystem::path default_cache_dir();

class ResultCache {
public:
    // `dir` is created on first store. `read` false: lookups always miss (--no-cache), but
    // results are still stored, so the cache is refreshed.
    ResultCache(std::filesystem::path dir, bool read);

    // The stored result for `key`, when there is one and it is sound: it parses as a
    // report whose sha256 is `submission_sha256` and whose exercise is `exercise_id`.
    std::optional<GradeResult> lookup(const std::string& key, const std::string& submission_sha256,
                                      const std::string& exercise_id) const;

    // Stores atomically. Throws InputError when the folder or file cannot be written.
    void store(const std::string& key, const GradeResult& result) const;

    std::filesystem::path path_of(const std::string& key) const;
    const std::filesystem::path& dir() const { return m_dir; }

private:
    std::filesystem::path m_dir;
    bool m_read;
};

}  // namespace autograde

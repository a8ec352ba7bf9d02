// Running a planned batch: each job graded on a pool of threads, or taken from the cache.
//
// One job's trouble never stops the others: a candidate's hang, crash or flood is a result
// (the grader bounds each in time and output); a submission that cannot be read or a
// sandbox that cannot start is recorded on that job's outcome, and the rest go on.
// Every result is stored in the cache the moment it is finished, so a run killed at any
// point loses only the submissions being graded at that moment.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "batch/cache.h"
#include "batch/plan.h"
#include "exercise/model.h"
#include "grading/grader.h"

namespace autograde {

// An exercise loaded once for the whole batch, with the bytes its cache keys hash.
struct BatchExercise {
    Exercise exercise;
    std::string yaml_bytes;
};

struct LoadedExercises {
    std::map<std::string, BatchExercise> by_id;  // by BatchJob::exercise_id
    std::vector<std::string> problems;           // exercises that did not load: formatted diagnostics
};

// Loads every exercise the jobs name, each once. An exercise that does not load is a
// problem (its diagnostics, formatted), and its jobs cannot run.
LoadedExercises load_batch_exercises(const std::vector<BatchJob>& jobs);

struct BatchOutcome {
    BatchJob job;
    std::optional<GradeResult> result;  // absent when the job could not be graded
    bool cached = false;                // the result came from the cache
    // Why there is no result: the submission could not be read (operator error) or the
    // sandbox failed (infrastructure: the run exits 3). Empty when there is a result.
    std::string error;
    bool sandbox_failure = false;
    std::string cache_warning;          // the result could not be stored; it still counts
};

struct BatchSettings {
    unsigned threads = 1;           // submissions graded at a time (>= 1)
    GradeOptions grade;
    const ResultCache* cache = nullptr;  // none: grade everything, store nothing
};

// Called once per finished job, in the order they finish, one call at a time, with the
// number finished so far (1-based) and the total.
using ProgressCallback = std::function<void(std::size_t done, std::size_t total, const BatchOutcome& outcome)>;

// Grades `jobs` (the exercises they name must be in `exercises`; a job whose exercise is
// not there fails with an error). Returns one outcome per job, in the order of `jobs`.
std::vector<BatchOutcome> run_batch(const std::vector<BatchJob>& jobs, const LoadedExercises& exercises,
                                    const BatchSettings& settings, const ProgressCallback& progress);

}  // namespace autograde

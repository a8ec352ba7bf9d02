// Approval tests, as Catch2 checks its reporters: a report is compared with a file a
// person has read and approved, tests/data/approved/NAME.approved.EXT.
//
// When they differ (or no approved file exists yet) the report is written next to it as
// NAME.received.EXT and the test fails, naming the first line that differs. To approve a
// change, read the received file and rename it over the approved one. A match deletes a
// stale received file.
#pragma once

#include <string>
#include <string_view>

namespace autograde::testing {

// Fails the current Catch2 test unless `received` equals the approved file.
void check_approved(std::string_view name, std::string_view extension, const std::string& received);

}  // namespace autograde::testing

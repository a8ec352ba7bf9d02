"""autograde.exercises: the ids of the exercises in a folder."""
import autograde
from support import EXERCISES, write_exercise


def test_the_shipped_exercises_are_listed_by_id_in_order():
    expected = sorted(path.name for path in EXERCISES.iterdir() if (path / "exercise.yaml").is_file())
    assert autograde.exercises() == expected
    assert "01-list-vs-tuple" in expected


def test_every_listed_id_loads():
    for exercise_id in autograde.exercises():
        assert autograde.load_exercise(exercise_id).id == exercise_id


def test_only_folders_with_an_exercise_yaml_are_listed_and_broken_ones_too(tmp_path):
    write_exercise(tmp_path / "02-second", "title: Second\nentry: f\ntests:\n  - {name: t, call: f(), expect: '1'}\n")
    write_exercise(tmp_path / "01-broken", "title: [not closed\n")
    (tmp_path / "notes").mkdir()
    (tmp_path / "README.md").write_text("not an exercise")
    assert autograde.exercises(tmp_path) == ["01-broken", "02-second"]
    assert autograde.exercises(exercises_dir=str(tmp_path)) == ["01-broken", "02-second"]
    assert autograde.load_exercise("2", exercises_dir=tmp_path).title == "Second"


def test_a_folder_that_does_not_exist_has_no_exercises(tmp_path):
    assert autograde.exercises(tmp_path / "missing") == []

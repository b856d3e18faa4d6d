def log = new File(basedir, 'build.log').text
assert log.contains("- **major** Provocation 'Mystery bag': entry point 'Feel it' (support) removed — _an entry point removed is major_") : log
assert log.contains("- minor Lesson 1, 'Shape hunt': entry point 'Trace' (support) added") : log
assert log.contains('Threefold: the change report has 1 major change(s) (threefold.failOn=major)') : log
assert new File(basedir, 'target/curriculum-changes/index.html').text.contains('entry point')
assert new File(basedir, 'target/curriculum-changes/changes.json').text.contains('"major" : 1')
true

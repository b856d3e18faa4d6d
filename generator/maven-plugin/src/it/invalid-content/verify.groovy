def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] content/units/grade-3/shape-hunt.yaml:17:18: error: lessons[0].activities[0].minutes: expected an integer 1..600, got "twenty"') : log
assert log.contains('Threefold: build failed with 1 error, 0 warnings')
assert !new File(basedir, 'target/curriculum').exists()
true

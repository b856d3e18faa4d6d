def log = new File(basedir, 'build.log').text
assert log.contains('Threefold: 2 units checked (0 errors, 0 warnings)') : log
assert !new File(basedir, 'target/curriculum').exists()
true

// A theme that cannot be read fails the build with one clear line, no stack trace, and no site.
def log = new File(basedir, 'build.log').text
assert log.contains('Threefold: template unit.ftlh could not be read: unit.ftlh:1:') : log
assert !log.contains('\tat ') : 'a stack trace was printed'
assert !new File(basedir, 'target/curriculum').exists()
true

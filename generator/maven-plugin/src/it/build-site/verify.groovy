def site = new File(basedir, 'target/curriculum')
['index.html', 'units/shape-hunt/index.html', 'units/shape-stories/index.html', 'units.json', 'sitemap.xml',
 'grades/3/index.html', 'standards/ccss-math/index.html', 'reports/balance/index.html'].each {
    assert new File(site, it).isFile() : "missing $it"
}
def unit = new File(site, 'units/shape-hunt/index.html').text
assert unit.contains('<h1>Shape Hunt</h1>')
assert unit.contains('<span class="role-name">Recorder</span>')
def log = new File(basedir, 'build.log').text
assert log.contains('Threefold: built 2 units')
true

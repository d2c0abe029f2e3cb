# vim: set fileencoding=latin-1 :
x = 'à bientôt

s = 'é'
t = 'über

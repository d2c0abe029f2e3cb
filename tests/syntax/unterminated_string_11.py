s = 'é'; t = 'über
